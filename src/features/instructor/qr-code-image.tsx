import { useEffect, useState } from 'react';

/** Props for QrCodeImage. */
interface QrCodeImageProps {
  /** The text to encode (the assignment link). */
  text: string;
  /** Alternative text for the image. */
  alt: string;
}

/**
 * A QR code of `text` as an SVG image. The library is imported on demand so it never lands in
 * the first-visit bundle, and its SVG is shown through <img src="data:…"> (never injected as
 * markup), so nothing in it can run as script.
 */
export function QrCodeImage({ text, alt }: QrCodeImageProps) {
  const [made, setMade] = useState<{ text: string; src: string } | { text: string; failed: true } | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => live && setMade({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }))
      .catch(() => live && setMade({ text, failed: true }));
    return () => {
      live = false;
    };
  }, [text]);
  if (!made || made.text !== text) return <p role="status">Making the QR code…</p>;
  if ('failed' in made) return <p>The QR code could not be made here. Share the link instead.</p>;
  return <img className="qr-code" src={made.src} alt={alt} width={220} height={220} />;
}
