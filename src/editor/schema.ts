/**
 * The ProseMirror schema of an article: a flat list of text blocks, one node type per kind of
 * block the reader styles differently. Debris (captions, credits, tweets, boxes) shares one node
 * type whose `kind` attribute says what it is. Two marks, `em` and `strong`, carry the emphasis of a
 * reader's own Markdown or HTML; highlights are decorations, not content.
 *
 * The parse rules read a reader's own HTML (html-to-blocks.ts) into that flat list and nothing
 * more: h1 becomes the headline, h2–h6 subheadings, li list items, p, td and th paragraphs, and the
 * loose text of any other block element (div, blockquote, pre, section, figcaption, …) a paragraph,
 * since `paragraph` is the first text block of the schema, the one ProseMirror wraps loose text in.
 * No rule reads an attribute into the document (none of the nodes it parses has one), and
 * {@link IGNORED_TAGS} are dropped with everything inside them.
 */
import { Schema, type DOMOutputSpec, type Node as PMNode, type TagParseRule } from 'prosemirror-model';
import { isBlockType, type BlockType } from '../model/documents/article.js';

/**
 * Elements a reader's own HTML may hold that are never text of the document: scripts, styles,
 * frames, embedded objects and media, form controls, templates and the head's elements. Dropped
 * with their content, so neither a script's source nor a select's options become text. (`form`
 * itself is not among them: pages saved from some sites wrap the whole article in one, and only
 * its text would be kept anyway.)
 */
export const IGNORED_TAGS = [
  'script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'img', 'picture',
  'svg', 'video', 'audio', 'canvas', 'input', 'button', 'select', 'textarea', 'template', 'head',
  'title', 'link', 'meta', 'base',
] as const;

function debrisDOM(node: PMNode): DOMOutputSpec {
  const kind = node.attrs.kind as string;
  const attrs: Record<string, string> = { class: `cr-block cr-debris cr-${kind}`, 'data-kind': kind };
  if (node.attrs.label) attrs['data-label'] = node.attrs.label as string;
  return ['p', attrs, 0];
}

/** A `<b>` that Google Docs uses as a wrapper (font-weight: normal) is no emphasis. */
function boldUnlessNormal(node: HTMLElement): false | null {
  return node.style.fontWeight !== 'normal' && null;
}

/** The article schema. Node names are the block types of src/model/documents/article.ts (list_item and debris aside). */
export const articleSchema = new Schema({
  nodes: {
    doc: {
      content: 'block+',
      parseDOM: IGNORED_TAGS.map((tag): TagParseRule => ({ tag, ignore: true })),
    },
    // First among the blocks: the type ProseMirror's parser wraps loose inline content in.
    paragraph: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'p' }, { tag: 'td' }, { tag: 'th' }],
      toDOM: () => ['p', { class: 'cr-block cr-paragraph', 'data-kind': 'paragraph' }, 0],
    },
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
    subheading: {
      group: 'block',
      content: 'text*',
      parseDOM: ['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => ({ tag })),
      toDOM: () => ['h2', { class: 'cr-block cr-subheading', 'data-kind': 'subheading' }, 0],
    },
    // A p, not an li: the document stays a flat list of text blocks (text-offsets.ts relies on it).
    list_item: {
      group: 'block',
      content: 'text*',
      parseDOM: [
        { tag: 'li' },
        // A loose list's <li><p>…</p></li>: the paragraph is the item (it closes the empty one
        // the li opened, which html-to-blocks drops).
        { tag: 'p', context: 'list_item/', priority: 60 },
      ],
      toDOM: () => ['p', { class: 'cr-block cr-list-item', 'data-kind': 'list-item' }, 0],
    },
    debris: {
      group: 'block',
      content: 'text*',
      attrs: { kind: { default: 'caption' }, label: { default: '' } },
      toDOM: debrisDOM,
    },
    text: {},
  },
  marks: {
    em: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }],
      toDOM: () => ['em', 0],
    },
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b', getAttrs: boldUnlessNormal }],
      toDOM: () => ['strong', 0],
    },
  },
});

/** The name of a node type that shows a block. */
export type BlockNodeName = 'kicker' | 'headline' | 'lead' | 'byline' | 'paragraph' | 'subheading' | 'list_item' | 'debris';

/** The node type name that shows a block of the given type. */
export function nodeTypeNameFor(type: BlockType): BlockNodeName {
  switch (type) {
    case 'kicker':
    case 'headline':
    case 'lead':
    case 'byline':
    case 'paragraph':
    case 'subheading':
      return type;
    case 'list-item':
      return 'list_item';
    default:
      return 'debris';
  }
}

/**
 * The block type a block node shows: the inverse of {@link nodeTypeNameFor}. Debris says its type
 * in its `kind` (a caption when that is not a block type).
 */
export function blockTypeFor(node: PMNode): BlockType {
  switch (node.type.name) {
    case 'list_item':
      return 'list-item';
    case 'debris':
      return isBlockType(node.attrs.kind) ? node.attrs.kind : 'caption';
    default:
      return isBlockType(node.type.name) ? node.type.name : 'paragraph';
  }
}
