import { useSwapsetStore } from '../../state/store';
import { Modal } from './Modal';

/** Asks the pending confirmation, if there is one. Cancel, Escape and the close button count as no. */
export function ConfirmDialog() {
  const confirmation = useSwapsetStore((state) => state.confirmation);
  const answer = useSwapsetStore((state) => state.answerConfirmation);
  if (confirmation === null) return null;

  return (
    <Modal title={confirmation.title} onClose={() => answer(false)} className="confirm-dialog">
      {confirmation.message.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {confirmation.details !== undefined && confirmation.details.length > 0 && (
        <ul className="confirm-details" aria-label="Differences">
          {confirmation.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => answer(false)} autoFocus>
          Cancel
        </button>
        <button type="button" className={confirmation.destructive ? 'button danger-solid' : 'button primary'} onClick={() => answer(true)}>
          {confirmation.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
