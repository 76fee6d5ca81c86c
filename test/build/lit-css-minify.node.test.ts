/**
 * The build's minifier of Lit css`` templates (vite.config.ts) takes out only what CSS does not
 * read: comments and runs of spaces. Quoted text, the space of a descendant selector before a
 * pseudo-class, interpolations, the line count (for sourcemaps) and other tagged templates stay.
 * Runs under node:test:  node --import tsx --test test/build/lit-css-minify.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyLitCss } from '../../vite.config.js';

type Transform = (code: string, id: string) => { code: string } | null;
const transform = minifyLitCss().transform as Transform;
const minify = (code: string, id = '/work/src/ui/x.styles.ts'): string => transform(code, id)?.code ?? code;

describe('minifying Lit css`` templates in the build', () => {
  const cases: { name: string; source: string; built: string }[] = [
    {
      name: 'drops comments and indentation, keeping one line break per line',
      source: 'css`\n  dialog {\n    padding: 1rem 2rem; /* roomy */\n    color: red;\n  }\n`',
      built: 'css`\ndialog{\npadding:1rem 2rem;\ncolor:red;\n}\n`',
    },
    {
      name: 'keeps quoted text as written',
      source: "css`  q::before {  content: '  “  ';  font-family: \"Iowan  Old\", serif; }`",
      built: "css` q::before{content:'  “  ';font-family:\"Iowan  Old\",serif;}`",
    },
    {
      name: "keeps a comment whole when apostrophes in it look like quotes",
      source: "css`\n  /* the reader's and the app's */\n  a { b: c; }\n`",
      built: "css`\n/* the reader's and the app's */\na{b:c;}\n`",
    },
    {
      name: 'keeps the space of a descendant selector and around + in calc()',
      source: 'css` ul  :focus-visible >  li { width: calc(100% + 2px); }`',
      built: 'css` ul :focus-visible>li{width:calc(100% + 2px);}`',
    },
    {
      name: 'keeps interpolations, and a space between them and a word',
      source: 'css` a { margin: ${unsafeCSS(top)}  auto ;  }  ${more}  b { x: 1 } `',
      built: 'css` a{margin:${unsafeCSS(top)} auto;}${more} b{x:1}`',
    },
    {
      name: 'leaves a template it cannot follow (a nested template) alone',
      source: 'css` a { ${x.map((y) => `  ${y}  `)} }`',
      built: 'css` a { ${x.map((y) => `  ${y}  `)} }`',
    },
    {
      name: 'leaves html`` templates alone',
      source: 'html`  <p>  a  </p>  `',
      built: 'html`  <p>  a  </p>  `',
    },
  ];
  for (const { name, source, built } of cases) {
    it(name, () => assert.equal(minify(source), built));
  }

  it('keeps the line count of every template, so sourcemaps stay right', () => {
    const source = 'css`\n  /* one\n     two */\n  a {\n    b: c;\n  }\n`;\nconst after = 1;';
    assert.equal(minify(source).split('\n').length, source.split('\n').length);
  });

  it('touches only our own TypeScript sources', () => {
    const source = 'css`  a { b: c }  `';
    assert.equal(minify(source, '/work/node_modules/lit/x.js'), source);
  });
});
