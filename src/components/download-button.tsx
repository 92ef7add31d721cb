/** Props for DownloadButton. */
interface DownloadButtonProps {
  /** The file name offered to the browser. */
  filename: string;
  /** The file's text. */
  text: string;
  /** Its MIME type, e.g. "application/json". */
  type: string;
  /** The button's label. */
  label: string;
  /** Extra class names, e.g. "secondary". */
  className?: string;
}

/** Saves text as a file, made in the browser (no server involved). */
export function DownloadButton({ filename, text, type, label, className = '' }: DownloadButtonProps) {
  function download() {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <button type="button" className={`button ${className}`.trim()} onClick={download}>
      {label}
    </button>
  );
}
