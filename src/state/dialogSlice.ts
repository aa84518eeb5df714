import type { StateCreator } from 'zustand';
import type { SwapsetState } from './store';

/** The page's dialogs that open from a button or a key. */
export type DialogName = 'settings' | 'statistics' | 'shortcuts' | 'pair';

/** A question that needs a yes or no before something happens. */
export interface Confirmation {
  title: string;
  /** Paragraphs and list items of the message. */
  message: string[];
  details?: string[];
  confirmLabel: string;
  /** True when confirming deletes or overwrites work. */
  destructive: boolean;
  resolve(confirmed: boolean): void;
}

/** The open dialog and the pending confirmation. */
export interface DialogSlice {
  openDialog: DialogName | null;
  confirmation: Confirmation | null;
  showDialog(name: DialogName): void;
  closeDialog(): void;
  /** Ask for confirmation in a dialog and resolve with the user's choice. */
  confirm(request: Omit<Confirmation, 'resolve'>): Promise<boolean>;
  answerConfirmation(confirmed: boolean): void;
}

export const createDialogSlice: StateCreator<SwapsetState, [], [], DialogSlice> = (set, get) => ({
  openDialog: null,
  confirmation: null,
  showDialog: (name) => set({ openDialog: name }),
  closeDialog: () => set({ openDialog: null }),
  confirm: (request) =>
    new Promise<boolean>((resolve) => {
      // A newer question replaces an unanswered one, which counts as cancelled.
      get().confirmation?.resolve(false);
      set({ confirmation: { ...request, resolve } });
    }),
  answerConfirmation: (confirmed) => {
    const confirmation = get().confirmation;
    set({ confirmation: null });
    confirmation?.resolve(confirmed);
  },
});
