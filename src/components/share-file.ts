/** What a share attempt came to. */
export type ShareOutcome = 'shared' | 'cancelled' | 'unsupported';

/** A file to hand to the device's share sheet. */
export interface SharedFile {
  /** The file name, e.g. "receipt-alex-a1b2.txt". Its extension must be one the browser shares. */
  filename: string;
  /** Its text. */
  text: string;
  /** Its MIME type, e.g. "text/plain" (exactly: Chromium compares the whole string). */
  type: string;
  /** A title for the share sheet (some apps use it as an email subject). */
  title: string;
  /** A short message sent with the file. */
  message: string;
}

/**
 * Shares a file through the Web Share API (the phone's own share sheet: email, chat, files)
 * where the browser can share files (`navigator.canShare({ files })`). Returns `unsupported`
 * where it cannot, or when sharing fails for a reason other than the person closing the sheet
 * (`cancelled`), so the caller can offer email, copy and download instead.
 *
 * ⚠ Chromium's `canShare` does not look at the file's type: it says yes to any file, and
 * `share` then rejects a type off Chromium's allow-list (its extension or its exact MIME type)
 * with NotAllowedError, which lands here as `unsupported`. So only allow-listed files ever reach
 * the share sheet in Chrome (images, audio, video, PDF, .txt/.csv/.css/.html; not JSON): see
 * Chromium `third_party/blink/renderer/modules/webshare/FILE_TYPES.md`.
 */
export async function shareFile(shared: SharedFile): Promise<ShareOutcome> {
  if (typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function' || typeof File === 'undefined')
    return 'unsupported';
  const file = new File([shared.text], shared.filename, { type: shared.type });
  const data = { files: [file], title: shared.title, text: shared.message };
  if (!navigator.canShare({ files: [file] })) return 'unsupported';
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'unsupported';
  }
}

/** A mailto: link that opens an email with `subject` and `body` filled in (no address: the sender picks one). */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
