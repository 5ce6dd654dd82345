import QRCode from 'qrcode';

// The otpauth:// URI as a QR code, drawn on the server as an inline SVG of the modules that the
// `qrcode` library computes: no script, no image request, nothing for the CSP to allow, and the
// secret never leaves this page.
export function TotpQrCode({ uri, label }: { uri: string; label: string }) {
  const { modules } = QRCode.create(uri, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const size = modules.size + quiet * 2;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={224}
      height={224}
      shapeRendering="crispEdges"
      className="mx-auto bg-white"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
