import { saveFile } from './save-file';

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
  return (
    <button type="button" className={`button ${className}`.trim()} onClick={() => saveFile(filename, text, type)}>
      {label}
    </button>
  );
}
