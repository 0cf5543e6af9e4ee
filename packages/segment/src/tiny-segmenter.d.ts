declare module 'tiny-segmenter' {
  export default class TinySegmenter {
    segment(text: string): string[];
  }
}
