import { Route, Routes } from 'react-router';
import { DeskListScreen } from './desk/DeskListScreen';
import { DeskScreen } from './desk/DeskScreen';
import { HomeScreen } from './home/HomeScreen';
import { KioskScreen } from './kiosk/KioskScreen';

export function App() {
  return (
    <Routes>
      <Route path="/" element={<HomeScreen />} />
      <Route path="/kiosk" element={<KioskScreen />} />
      <Route path="/desk" element={<DeskListScreen />} />
      <Route path="/desk/:deskId" element={<DeskScreen />} />
      <Route path="*" element={<HomeScreen />} />
    </Routes>
  );
}
