import { Route, Routes } from 'react-router';
import { DeskListScreen } from './desk/DeskListScreen';
import { DeskScreen } from './desk/DeskScreen';
import { PairingScreen } from './devices/PairingScreen';
import { RegionScreen } from './regional/RegionScreen';
import { DisplayScreen } from './display/DisplayScreen';
import { GuideScreen } from './guide/GuideScreen';
import { HomeScreen } from './home/HomeScreen';
import { KioskScreen } from './kiosk/KioskScreen';
import { ManagerScreen } from './manager/ManagerScreen';
import { RatingTabletScreen } from './rating/RatingTabletScreen';
import { usePairingStore } from './stores/pairing-store';

export function App() {
  // Whatever screen was asked for, a PC the hub does not know can only be paired.
  const pairingNeeded = usePairingStore((s) => s.needed);
  if (pairingNeeded) return <PairingScreen />;
  return (
    <Routes>
      <Route path="/" element={<HomeScreen />} />
      <Route path="/kiosk" element={<KioskScreen />} />
      <Route path="/desk" element={<DeskListScreen />} />
      <Route path="/desk/:deskId" element={<DeskScreen />} />
      <Route path="/guide" element={<GuideScreen />} />
      <Route path="/display" element={<DisplayScreen />} />
      <Route path="/manager" element={<ManagerScreen />} />
      <Route path="/manager/:section" element={<ManagerScreen />} />
      <Route path="/pair" element={<PairingScreen />} />
      <Route path="/region" element={<RegionScreen />} />
      <Route path="/rate/:deskId" element={<RatingTabletScreen />} />
      <Route path="*" element={<HomeScreen />} />
    </Routes>
  );
}
