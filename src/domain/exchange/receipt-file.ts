/**
 * A completion receipt as a file: its name, its type, its text, and finding receipt codes in any
 * text (a receipt file, an email, a chat message, a paste).
 *
 * The file is plain text: two lines that say what it is and what to do with it, then the receipt
 * code (`PSVR2.…`, the same code the trainee can copy). Receipt files made before this were
 * readable JSON (`….psvreceipt.json`); the roster still reads them (receipt-decode.ts), and
 * instructors hold many. See docs/decisions/0018-receipt-files-are-plain-text.md.
 */
import { receiptToCode, type Receipt } from './receipt';

/**
 * A receipt file's MIME type: exactly `text/plain`, with no `;charset=` parameter.
 *
 * ⚠ Chromium shares only files on its allow-list (both the extension and the exact MIME type):
 * images, audio, video, PDF, and text as `.txt`/`.text` (text/plain), `.csv`, `.css` and `.html`.
 * JSON is not on it, so a `.json` receipt was refused on Chrome for Android, the most common
 * trainee phone. Sources: Chromium `third_party/blink/renderer/modules/webshare/FILE_TYPES.md`,
 * `PERMITTED_EXTENSIONS` / `PERMITTED_MIME_TYPES` in
 * `components/browser_ui/webshare/android/java/.../ShareServiceImpl.java` (Android), and
 * `IsDangerousFilename` / `IsDangerousMimeType` in `chrome/browser/webshare/share_service_impl.cc`
 * (Windows, macOS, ChromeOS). The MIME check is an exact string match, so a charset parameter
 * would be refused too.
 */
export const RECEIPT_FILE_TYPE = 'text/plain';

/** Text for a file name: words of letters and digits joined by hyphens, at most 40 characters. */
function fileSafe(text: string, fallback: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || fallback
  );
}

/**
 * A receipt's file name: `receipt-<name>-<assignment>.txt`. The `.txt` tells it apart from a
 * progress backup (`….psvbackup.json`), which holds private reflections and is not for
 * instructors. The assignment id is made file-safe too: an id may hold `.` or `:`, and Chrome
 * for Android refuses to share a file whose name holds `..`.
 */
export function receiptFileName(receipt: Pick<Receipt, 'learner' | 'assignment'>): string {
  return `receipt-${fileSafe(receipt.learner, 'learner')}-${fileSafe(receipt.assignment.id, 'assignment')}.txt`;
}

/**
 * A receipt file's text: what it is and what to do with it, in words, then a blank line and the
 * receipt code on a line of its own. Only the course's name goes into the words (whitespace
 * folded to single spaces); the learner's name travels inside the code and in the file name.
 */
export function receiptToFile(receipt: Receipt, courseTitle: string): string {
  const title = courseTitle.replace(/\s+/g, ' ').trim();
  return [
    `Completion receipt for ${title}.`,
    'Send this file to your instructor: they add it to the course roster (Instructors, then Open the roster). It is not a backup of your progress and cannot restore it.',
    '',
    receiptToCode(receipt),
    '',
  ].join('\n');
}
