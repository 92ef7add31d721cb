// The small part of the `qrcode` package (soldair/node-qrcode) the instructor page uses. Its
// browser build renders SVG text; declared here rather than adding a second dependency for types.
declare module 'qrcode' {
  /** Options for toString. */
  interface QRCodeToStringOptions {
    type: 'svg';
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    width?: number;
    color?: { dark?: string; light?: string };
  }
  /** Renders text as a QR code in SVG markup. */
  export function toString(text: string, options: QRCodeToStringOptions): Promise<string>;
}
