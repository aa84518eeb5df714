import { useSwapsetStore } from '../../state/store';
import { SHORTCUTS } from '../useReviewKeys';
import { Modal } from './Modal';

/** Lists every keyboard shortcut. */
export function ShortcutsDialog() {
  const close = useSwapsetStore((state) => state.closeDialog);
  return (
    <Modal title="Keyboard shortcuts" onClose={close} className="shortcuts-dialog">
      <p className="muted">Shortcuts are off while you type in a field or in the editor; press Escape or Enter to leave a field.</p>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <td>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' or '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
