/**
 * The ProseMirror schema of an article: a flat list of text blocks, one node type per kind of
 * block the reader styles differently. Debris (captions, credits, tweets, boxes) shares one node
 * type whose `kind` attribute says what it is. No marks: highlights are decorations, not content.
 */
import { Schema, type DOMOutputSpec, type Node as PMNode } from 'prosemirror-model';
import type { BlockType } from '../model/article.js';

function debrisDOM(node: PMNode): DOMOutputSpec {
  const kind = node.attrs.kind as string;
  const attrs: Record<string, string> = { class: `cr-block cr-debris cr-${kind}`, 'data-kind': kind };
  if (node.attrs.label) attrs['data-label'] = node.attrs.label as string;
  return ['p', attrs, 0];
}

/** The article schema. Node names are the block types of src/model/article.ts (debris aside). */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    kicker: {
      group: 'block',
      content: 'text*',
      toDOM: () => ['p', { class: 'cr-block cr-kicker', 'data-kind': 'kicker' }, 0],
    },
    headline: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'h1' }],
      toDOM: () => ['h1', { class: 'cr-block cr-headline', 'data-kind': 'headline' }, 0],
    },
    lead: {
      group: 'block',
      content: 'text*',
      toDOM: () => ['p', { class: 'cr-block cr-lead', 'data-kind': 'lead' }, 0],
    },
    byline: {
      group: 'block',
      content: 'text*',
      toDOM: () => ['p', { class: 'cr-block cr-byline', 'data-kind': 'byline' }, 0],
    },
    paragraph: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', { class: 'cr-block cr-paragraph', 'data-kind': 'paragraph' }, 0],
    },
    subheading: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'h2' }],
      toDOM: () => ['h2', { class: 'cr-block cr-subheading', 'data-kind': 'subheading' }, 0],
    },
    debris: {
      group: 'block',
      content: 'text*',
      attrs: { kind: { default: 'caption' }, label: { default: '' } },
      toDOM: debrisDOM,
    },
    text: {},
  },
});

/** The node type name that shows a block of the given type. */
export function nodeTypeNameFor(type: BlockType): 'kicker' | 'headline' | 'lead' | 'byline' | 'paragraph' | 'subheading' | 'debris' {
  switch (type) {
    case 'kicker':
    case 'headline':
    case 'lead':
    case 'byline':
    case 'paragraph':
    case 'subheading':
      return type;
    default:
      return 'debris';
  }
}
