/**
 * The exact baseline of figure 1: Apache Annotator's DOM text-quote matcher (@apache-annotator/dom
 * 0.2), an exact search for prefix + quote + suffix across the text nodes of a DOM Range; the
 * first match is taken. Runs in the page only.
 */
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import type { AnchorTarget } from '../../src/model/anchoring/anchoring.js';
import type { Span } from './bench-cases.js';

type RangeMatcher = (scope: Range) => AsyncGenerator<Range, void, void>;

/**
 * A document holding `text` for the Apache matcher: one element per block, the block separators as
 * text nodes between them, so the DOM's text is exactly `text`; hidden (the matcher reads text
 * nodes, not layout). Remove it with `dispose()`.
 */
export class ApacheTextDocument {
  private readonly host: HTMLElement;
  private readonly offsets = new Map<Node, number>();
  private readonly scope: Range;

  constructor(text: string, separator: string) {
    this.host = document.createElement('div');
    this.host.hidden = true;
    let at = 0;
    text.split(separator).forEach((blockText, i) => {
      if (i > 0) {
        const gap = document.createTextNode(separator);
        this.offsets.set(gap, at);
        this.host.append(gap);
        at += separator.length;
      }
      const paragraph = document.createElement('p');
      const node = document.createTextNode(blockText);
      this.offsets.set(node, at);
      paragraph.append(node);
      this.host.append(paragraph);
      at += blockText.length;
    });
    document.body.append(this.host);
    this.scope = document.createRange();
    this.scope.selectNodeContents(this.host);
  }

  /** The first exact match of the target's prefix + quote + suffix, as offsets of the text. */
  async match(target: AnchorTarget): Promise<Span | undefined> {
    const matcher = createTextQuoteSelectorMatcher({
      type: 'TextQuoteSelector',
      exact: target.exact,
      ...(target.prefix ? { prefix: target.prefix } : {}),
      ...(target.suffix ? { suffix: target.suffix } : {}),
    }) as RangeMatcher;
    const matches = matcher(this.scope);
    const first = await matches.next();
    await matches.return(undefined);
    if (first.done) return undefined;
    const start = this.offsetOf(first.value.startContainer, first.value.startOffset);
    const end = this.offsetOf(first.value.endContainer, first.value.endOffset);
    return start === undefined || end === undefined ? undefined : { start, end };
  }

  dispose(): void {
    this.host.remove();
  }

  private offsetOf(node: Node, offset: number): number | undefined {
    const base = this.offsets.get(node);
    return base === undefined ? undefined : base + offset;
  }
}
