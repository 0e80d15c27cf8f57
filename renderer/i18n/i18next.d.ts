import type ko from './ko.json';

declare module 'i18next' {
  // Module augmentation merges only into an interface, so the style rule does not apply here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ko };
  }
}
