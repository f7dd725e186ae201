// Types for html-encoding-sniffer 6 (it ships none): the HTML Standard's encoding sniffing, returning an encoding name.
declare module 'html-encoding-sniffer' {
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
