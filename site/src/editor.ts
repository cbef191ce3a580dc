// A textarea that can highlight a range of its text: a backdrop behind it holds the same text,
// invisible, with the range in a <mark>; the textarea is transparent above it. Lines do not wrap
// (wrap="off"), so both lay the text out alike; the backdrop follows the textarea's scrolling.
import type { TextRange } from './jsonPath.js';

/** A textarea with a highlight. */
export class Editor {
  readonly textarea: HTMLTextAreaElement;
  private readonly layer: HTMLElement;

  /**
   * @param textarea - The textarea; its previous sibling is the backdrop (`pre.backdrop`).
   */
  constructor(textarea: HTMLTextAreaElement) {
    const backdrop = textarea.previousElementSibling;
    if (!(backdrop instanceof HTMLElement)) throw new Error(`[site] #${textarea.id} has no backdrop`);
    this.textarea = textarea;
    this.layer = document.createElement('div');
    backdrop.replaceChildren(this.layer);
    textarea.addEventListener('scroll', () => this.follow());
    textarea.addEventListener('input', () => this.clear());
  }

  /** The text. */
  get text(): string {
    return this.textarea.value;
  }

  /** Replaces the text (and drops the highlight). */
  set text(text: string) {
    this.textarea.value = text;
    this.clear();
  }

  /** Removes the highlight. */
  clear(): void {
    this.layer.replaceChildren();
  }

  /** Highlights `range` and scrolls the textarea so that it shows. */
  highlight(range: TextRange): void {
    const text = this.textarea.value;
    const mark = document.createElement('mark');
    mark.textContent = text.slice(range.start, range.end);
    this.layer.replaceChildren(text.slice(0, range.start), mark, `${text.slice(range.end)}\n`);
    const { textarea } = this;
    const above = mark.offsetTop - textarea.scrollTop;
    if (above < 0 || above + Math.min(mark.offsetHeight, 40) > textarea.clientHeight)
      textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
    const left = mark.offsetLeft - textarea.scrollLeft;
    if (left < 0 || left > textarea.clientWidth - 40) textarea.scrollLeft = Math.max(0, mark.offsetLeft - 24);
    this.follow();
  }

  /** Moves the focus into the text with `range` selected, for typing over it. */
  select(range: TextRange): void {
    this.textarea.focus();
    this.textarea.setSelectionRange(range.start, range.end);
  }

  private follow(): void {
    this.layer.style.transform = `translate(${-this.textarea.scrollLeft}px, ${-this.textarea.scrollTop}px)`;
  }
}
