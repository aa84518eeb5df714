import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type PageSettings } from './entries';
import type { SwapsetState } from './store';

/** The settings in force: how examples are built, selected and exported. */
export interface SettingsSlice {
  settings: PageSettings;
  setSettings(settings: PageSettings): void;
}

export const createSettingsSlice: StateCreator<SwapsetState, [], [], SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  setSettings: (settings) => set({ settings }),
});
