/**
 * The benchmark's page (bundled by run-bench.ts with Vite, run in headless Chromium): builds the
 * seeded inputs from the shipped articles once, and measures one figure per `window.runBench(config)`
 * call with the app's own modules. The app's CSS is loaded so that the rendering figures lay out and
 * paint the text as the reader does.
 */
import '../../styles/tokens.css';
import '../../styles/base.css';
import '../../styles/prosemirror.css';
import '../../styles/reader.css';
import '../../styles/highlights.css';
import manifestJson from '../../documents/manifest.json';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';
import { benchAnchoring } from './bench-anchoring.js';
import { plainRender, seedApp } from './bench-app-page.js';
import type { AnchoringCase } from './bench-cases.js';
import { benchStorage, benchW3C } from './bench-data.js';
import { benchAdd, benchOpen } from './bench-render.js';
import { annotationsToAdd, ARTICLE_ID, articleAnnotations, makeAnchoringCase, makeBenchInputs, type BenchInputs } from './bench-setup.js';
import type { BenchConfig, BenchResult, InputsResult } from './bench-types.js';

const bodies = import.meta.glob<{ readonly blocks: readonly ArticleBlock[] }>(['../../documents/*.json', '!../../documents/manifest.json'], {
  eager: true,
  import: 'default',
});

let inputs: BenchInputs | undefined;
const cases = new Map<AnchoringCase['key'], AnchoringCase>();

function getInputs(): BenchInputs {
  inputs ??= makeBenchInputs(
    manifestJson.documents.map((entry) => {
      const body = bodies[`../../documents/${entry.file}`];
      if (!body) throw new Error(`documents/${entry.file} is missing`);
      return { id: entry.id, blocks: body.blocks };
    }),
  );
  return inputs;
}

function anchoringCase(key: AnchoringCase['key']): AnchoringCase {
  const made = cases.get(key) ?? makeAnchoringCase(getInputs(), key);
  cases.set(key, made);
  return made;
}

/** How many annotations overlap at least one other. */
function countOverlapping(annotations: readonly Annotation[]): number {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const overlapping = new Set<number>();
  let reach = -1;
  let reacher = -1;
  sorted.forEach((annotation, i) => {
    if (annotation.start < reach) {
      overlapping.add(i);
      overlapping.add(reacher);
    }
    if (annotation.end > reach) {
      reach = annotation.end;
      reacher = i;
    }
  });
  return overlapping.size;
}

function describeInputs(): InputsResult {
  const input = getInputs();
  const articleText = canonicalText(input.article);
  const bytes = (text: string): number => new TextEncoder().encode(text).length;
  return {
    figure: 'inputs',
    articleId: ARTICLE_ID,
    articleChars: articleText.length,
    articleBytes: bytes(articleText),
    articleAnnotations: input.articleAnnotations.length,
    longChars: input.long.text.length,
    longBytes: bytes(input.long.text),
    longBlocks: input.longBlocks.length,
    longAnnotations: input.longAnnotations.length,
    longOverlapping: countOverlapping(input.longAnnotations),
    anchoringSample: input.anchoringSample.length,
    sampleRepeated: input.anchoringSample.filter((a) => {
      const passage = a.prefix + a.exact + a.suffix;
      return input.long.text.indexOf(passage, input.long.text.indexOf(passage) + 1) >= 0;
    }).length,
  };
}

async function runBench(config: BenchConfig): Promise<BenchResult> {
  const input = getInputs();
  switch (config.figure) {
    case 'inputs':
      return describeInputs();
    case 'anchoring':
      return benchAnchoring(anchoringCase(config.case), config.plan, config.baselinePlan, config.apacheSample);
    case 'open':
      return benchOpen(input.article, input.articleAnnotations, config.plan);
    case 'add': {
      // Highlights to add: new annotations in the text's first paragraphs (in view).
      const shown = input.longAnnotations.slice(0, config.shown);
      const shownIds = new Set(shown.map((annotation) => annotation.id));
      const added = annotationsToAdd(input).filter((a) => !shownIds.has(a.id));
      return benchAdd(input.longBlocks, shown, added, config.plan);
    }
    case 'storage': {
      const others = input.articleAnnotations;
      return benchStorage(input.longAnnotations, others, config.plan);
    }
    case 'w3c':
      return benchW3C(input.longAnnotations, input.long, config.plan, anchoringCase('edited'));
    case 'seed':
      return config.text === 'long'
        ? seedApp(input.longAnnotations.slice(0, config.count), input.longBlocks, input.long)
        : seedApp(articleAnnotations(input, config.count), input.article);
    case 'plain':
      return plainRender(input.article);
  }
}

declare global {
  interface Window {
    runBench: (config: BenchConfig) => Promise<BenchResult>;
    benchReady: boolean;
  }
}

window.runBench = runBench;
window.benchReady = true;
