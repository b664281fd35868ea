// svg-to-pdfkit ships no types: the one function Foyer calls.
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    imageCallback?: (link: string) => string;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(doc: object, svg: string, x: number, y: number, options?: SvgToPdfOptions): void;
}
