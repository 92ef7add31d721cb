import { useState } from 'react';

/** Props for FileDrop. */
interface FileDropProps {
  /** The input's id (for tests and links to it). */
  id: string;
  /** What to choose, e.g. "Restore from a backup file": the start of the input's name. */
  label: string;
  /** A line under it, e.g. which files fit. */
  hint: string;
  /** The input's `accept` list. */
  accept: string;
  /** Allow several files. */
  multiple?: boolean;
  /** Disabled while an earlier pick is being read. */
  disabled?: boolean;
  /** Called with the files chosen or dropped. */
  onFiles: (files: File[]) => void;
}

/**
 * A file picker styled as a drop zone. The real file input covers the zone (transparent), so a
 * tap or a click anywhere on it opens the picker, Tab reaches it and Enter or Space opens it, and
 * screen readers hear its label; dropping files on it is an extra, never the only way.
 */
export function FileDrop({ id, label, hint, accept, multiple = false, disabled = false, onFiles }: FileDropProps) {
  const [isOver, setIsOver] = useState(false);
  return (
    <div
      className={`file-drop${isOver ? ' is-over' : ''}`}
      data-testid={`${id}-zone`}
      onDragOver={(e) => {
        e.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setIsOver(false);
        if (!disabled && e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
      }}
    >
      <label className="file-drop-title" htmlFor={id}>
        {label}
      </label>
      <span className="file-drop-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <span className="file-drop-button" aria-hidden="true">
        Choose {multiple ? 'files' : 'a file'}
      </span>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-hint`}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
