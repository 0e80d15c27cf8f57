/**
 * The setup, PIN and connecting pages are the app's own files, shown before any hub (and so before
 * the React app and its i18next catalogues) is there. Their few strings live here, Korean first
 * and English for the installer, typed so that both languages hold the same keys.
 */
const ko = {
  'setup.title': '민원실 번호표 설정',
  'setup.lead': '이 PC가 민원실에서 맡을 일을 정합니다. 나중에 바꾸려면 관리자 PIN이 필요합니다.',
  'mode.legend': '이 PC의 역할',
  'mode.hub': '허브: 이 PC가 민원실 데이터베이스를 맡습니다',
  'mode.client': '연결: 다른 PC에서 실행 중인 허브에 연결합니다',
  'hub.legend': '허브',
  'hub.port': '포트',
  'hub.lan': '민원실 네트워크(LAN)의 다른 PC와 기기에도 제공합니다 (연결 코드로 등록한 기기만)',
  'manager.legend': '첫 관리자',
  'manager.lead':
    '이 관리자의 아이디와 PIN으로 나중에 설정을 다시 열고 키오스크 잠금을 풉니다. 이미 관리자가 있는 데이터베이스라면 그 관리자의 아이디와 PIN을 입력하세요.',
  'manager.login': '관리자 아이디',
  'manager.name': '이름',
  'manager.pin': 'PIN (숫자 4~8자리)',
  'manager.pinAgain': 'PIN 다시 입력',
  'client.legend': '연결할 허브',
  'client.hubUrl': '허브 주소 (예: http://192.168.0.10:4310)',
  'client.code': '연결 코드 (숫자 6자리)',
  'client.codeHint': '허브의 관리자 화면에서 기기 연결 코드를 만들어 입력하세요.',
  'client.codeKeep': '같은 허브에 이미 연결되어 있습니다. 비워 두면 지금의 연결을 유지합니다.',
  'windows.legend': '이 PC에 열 화면',
  'windows.monitor': '모니터',
  'windows.desk': '창구 번호 (비우면 창구 선택 화면)',
  'role.kiosk': '키오스크 (번호표 발급)',
  'role.desk': '창구',
  'role.display': '대기 안내 화면',
  'role.manager': '관리자 화면',
  'role.guide': '안내 데스크',
  'printer.legend': '번호표 프린터 (키오스크)',
  'printer.name': '프린터',
  'printer.default': '시스템 기본 프린터',
  'printer.paper': '용지 폭',
  'printer.paper80': '80 mm',
  'printer.paper58': '58 mm',
  'setup.finish': '저장하고 시작',
  'setup.saving': '저장하는 중…',
  'language.other': 'English',
  'error.invalid': '표시된 항목을 확인해 주세요.',
  'error.pin_mismatch': '두 PIN이 서로 다릅니다.',
  'error.hub_unreachable': '허브에 연결할 수 없습니다. 주소와 네트워크를 확인해 주세요.',
  'error.hub_start_failed': '허브를 시작할 수 없습니다. 아래의 오류 내용을 확인해 주세요.',
  'error.port_in_use':
    '다른 프로그램이 이 포트를 쓰고 있습니다. 다른 포트(예: 4311)를 고르거나 그 프로그램을 꺼 주세요.',
  'error.port_forbidden':
    '이 포트는 관리자 권한이 있어야 쓸 수 있습니다. 1024보다 큰 포트(예: 4310)를 골라 주세요.',
  'error.wrong_pin': '아이디 또는 PIN이 맞지 않습니다.',
  'error.pin_locked': 'PIN을 너무 여러 번 틀렸습니다. 잠시 후 다시 시도해 주세요.',
  'error.not_manager': '관리자 계정이 아닙니다.',
  'error.pairing_code_wrong':
    '연결 코드가 맞지 않거나 만료되었습니다. 관리자 화면에서 새 코드를 만들어 주세요.',
  'error.pairing_locked': '연결 코드를 너무 여러 번 틀렸습니다. 잠시 후 다시 시도해 주세요.',
  'error.local_only': '첫 관리자는 허브 PC에서만 만들 수 있습니다.',
  'error.failed': '설정을 마치지 못했습니다. 다시 시도해 주세요.',
  'pin.title': '관리자 확인',
  'pin.lead': '관리자 아이디와 PIN을 입력하세요. 확인되면 5분 동안 키오스크 잠금이 풀립니다.',
  'pin.submit': '확인',
  'pin.cancel': '취소',
  'pin.checking': '확인하는 중…',
  'setup.detail': '오류 내용',
  'notice.tokenUnreadable':
    '이 PC에 저장된 허브 연결 정보를 열 수 없습니다. 설정 파일이 다른 PC나 다른 사용자 계정에서 복사되었거나, 운영체제의 키체인이 바뀌었을 수 있습니다. 허브의 관리자 화면에서 새 연결 코드를 만들어 이 PC를 다시 연결해 주세요.',
  'client.tokenPlain':
    '이 PC에는 운영체제의 암호 보관소(키체인)가 없어, 허브가 주는 기기 토큰이 설정 파일에 암호화되지 않은 채 저장됩니다(이 사용자만 읽을 수 있습니다). 설정 파일을 다른 곳에 복사하지 말고, PC를 잃어버리면 관리자 화면에서 이 기기의 연결을 해제해 주세요.',
  'connecting.title': '허브에 연결하는 중입니다',
  'connecting.wait': '잠시만 기다려 주세요. 연결되면 화면이 저절로 열립니다.',
  'connecting.hub': '허브 주소',
  'connecting.reason': '이유',
  'connecting.waiting': '기다린 시간',
  'connecting.lessThanMinute': '1분 미만',
  'connecting.minutes': '{n}분',
  'reason.refused':
    '허브 PC에는 닿지만 허브 프로그램이 응답하지 않습니다. 허브 PC에서 민원실 번호표가 실행 중인지 확인해 주세요.',
  'reason.unreachable':
    '허브 PC에 닿지 않습니다. 허브 PC가 켜져 있는지, 이 PC의 네트워크 케이블이나 Wi-Fi가 연결되어 있는지 확인해 주세요.',
  'reason.hubNotStarted':
    '이 PC의 허브가 시작되지 않았습니다. 자동으로 다시 시도합니다. 계속되면 아래 오류 내용을 관리자에게 알려 주세요.',
  'reason.crashed': '화면이 멈춰서 다시 여는 중입니다.',
  'reason.badAnswer': '허브 주소에서 다른 프로그램이 응답합니다. 허브 주소가 맞는지 확인해 주세요.',
  'reason.other': '허브가 응답하지 않습니다. 자동으로 다시 시도합니다.',
} as const;

export type TextKey = keyof typeof ko;

const en: Record<TextKey, string> = {
  'setup.title': 'Minwon queue setup',
  'setup.lead': 'Choose what this PC does in the office. Changing it later needs the manager PIN.',
  'mode.legend': 'This PC',
  'mode.hub': 'Hub: this PC keeps the office database',
  'mode.client': 'Client: connect to a hub running on another PC',
  'hub.legend': 'Hub',
  'hub.port': 'Port',
  'hub.lan': 'Also serve other PCs and devices on the office LAN (only devices paired with a code)',
  'manager.legend': 'First manager',
  'manager.lead':
    'This manager’s login and PIN reopen setup later and unlock the kiosk. If the database already has a manager, enter that manager’s login and PIN.',
  'manager.login': 'Manager login',
  'manager.name': 'Name',
  'manager.pin': 'PIN (4 to 8 digits)',
  'manager.pinAgain': 'PIN again',
  'client.legend': 'Hub to connect to',
  'client.hubUrl': 'Hub address (e.g. http://192.168.0.10:4310)',
  'client.code': 'Pairing code (6 digits)',
  'client.codeHint': 'Make a device pairing code on the hub’s manager screen and enter it here.',
  'client.codeKeep': 'Already paired with this hub. Leave it empty to keep the current pairing.',
  'windows.legend': 'Screens on this PC',
  'windows.monitor': 'Monitor',
  'windows.desk': 'Desk number (empty: choose at the desk)',
  'role.kiosk': 'Kiosk (tickets)',
  'role.desk': 'Desk',
  'role.display': 'Waiting-room display',
  'role.manager': 'Manager',
  'role.guide': 'Information desk',
  'printer.legend': 'Ticket printer (kiosk)',
  'printer.name': 'Printer',
  'printer.default': 'System default printer',
  'printer.paper': 'Paper width',
  'printer.paper80': '80 mm',
  'printer.paper58': '58 mm',
  'setup.finish': 'Save and start',
  'setup.saving': 'Saving…',
  'language.other': '한국어',
  'error.invalid': 'Please check the marked field.',
  'error.pin_mismatch': 'The two PINs differ.',
  'error.hub_unreachable': 'The hub cannot be reached. Check its address and the network.',
  'error.hub_start_failed': 'The hub cannot start. See the error below.',
  'error.port_in_use':
    'Another program uses this port. Choose another port (e.g. 4311) or close that program.',
  'error.port_forbidden': 'This port needs administrator rights. Choose a port above 1024 (e.g. 4310).',
  'error.wrong_pin': 'Wrong login or PIN.',
  'error.pin_locked': 'Too many wrong PINs. Please try again in a while.',
  'error.not_manager': 'This account is not a manager.',
  'error.pairing_code_wrong':
    'The pairing code is wrong or has expired. Make a new one on the manager screen.',
  'error.pairing_locked': 'Too many wrong pairing codes. Please try again in a while.',
  'error.local_only': 'The first manager can only be created on the hub PC.',
  'error.failed': 'Setup could not finish. Please try again.',
  'pin.title': 'Manager check',
  'pin.lead': 'Enter a manager login and PIN. Once checked, the kiosk is unlocked for 5 minutes.',
  'pin.submit': 'Check',
  'pin.cancel': 'Cancel',
  'pin.checking': 'Checking…',
  'setup.detail': 'Error details',
  'notice.tokenUnreadable':
    'The hub connection stored on this PC cannot be opened here. The settings file may have been copied from another PC or user account, or the operating system’s keychain has changed. Make a new pairing code on the hub’s manager screen and pair this PC again.',
  'client.tokenPlain':
    'This PC has no operating-system keychain, so the device token from the hub is stored unencrypted in the settings file (readable by this user only). Do not copy the settings file elsewhere, and if the PC is lost, unpair it on the manager screen.',
  'connecting.title': 'Connecting to the hub',
  'connecting.wait': 'Please wait. The screen opens by itself once connected.',
  'connecting.hub': 'Hub address',
  'connecting.reason': 'Reason',
  'connecting.waiting': 'Waiting for',
  'connecting.lessThanMinute': 'under a minute',
  'connecting.minutes': '{n} min',
  'reason.refused':
    'The hub PC is reached but its hub program does not answer. Check that 민원실 번호표 runs on the hub PC.',
  'reason.unreachable':
    'The hub PC cannot be reached. Check that it is switched on and that this PC’s network cable or Wi-Fi is connected.',
  'reason.hubNotStarted':
    'The hub on this PC did not start. It is retried automatically; if this goes on, give the error below to your administrator.',
  'reason.crashed': 'The screen stopped and is being reopened.',
  'reason.badAnswer': 'Another program answers at the hub address. Check that the address is right.',
  'reason.other': 'The hub does not answer. Retrying automatically.',
};

export type PageLanguage = 'ko' | 'en';

export const strings: Record<PageLanguage, Record<TextKey, string>> = { ko, en };

export function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(ko, key);
}

/** A text with its `{n}` filled in. */
export function withCount(text: string, n: number): string {
  return text.replace('{n}', String(n));
}

/** Fills every `data-text` element of the page in `language`. */
export function translatePage(root: ParentNode, language: PageLanguage): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text ?? '';
    if (isTextKey(key)) element.textContent = strings[language][key];
  }
  document.documentElement.lang = language;
}
