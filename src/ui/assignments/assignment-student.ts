/**
 * <cr-assignment-student>: the student's page of an assignment (issue 15, "The student: open,
 * annotate, hand in"): the title and the due date, the instructions (collapsible), the name or
 * pseudonym the hand-in carries (asked once per assignment, saved as typed, prefilled from the
 * app's name field), "Hand in" with where the work stands, and the article in the student's own set
 * with the assignment's scheme. Handing in downloads the hand-in file and says when; the work stays
 * editable, and handing in again makes a newer file. When the hand-out names the teacher's hand-in
 * box (issue 18), "Hand in" first asks whether to send the file there (<cr-online-hand-in>: what goes
 * where), sends it only when the student agrees, and shows the receipt; when the box cannot be
 * reached or refuses, the download is offered instead. Once the student opened the solution file the
 * teacher handed out later (issue 16: through the app's Import, a drop, or "Open the solution
 * file" here, which refuses another assignment's), the page shows "Your work against the solution"
 * (<cr-comparison-report>, the class view's comparison).
 *
 * Light DOM, like the assignment page around it: the reader inside must be (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { sendBuiltHandIn } from '../../app/assignments/send-hand-in.js';
import { buildHandIn, handIn, type HandedIn, type HandInServices, lastChange, saveStudentName } from '../../app/assignments/student-assignments.js';
import { ldpCode } from '../../app/sync/ldp-client.js';
import { type AssignmentRecord, assignmentProgress } from '../../model/assignments/assignment-record.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import type { ArticleBlock } from '../../model/documents/article.js';
import { modelSetId, studentSetId } from '../../model/sets/annotation-set.js';
import { Announcer } from '../shared/announcer.js';
import { annotationStoreContext, categoryStoreContext, classroomContext, libraryStoreContext, settingsContext } from '../shared/contexts.js';
import { download as downloadFile } from '../shared/download.js';
import { pickFiles } from '../shared/file-picker.js';
import { describeFailure } from '../shared/failure-message.js';
import { formatIsoDate } from '../shared/format.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { currentLocale } from '../shared/localization.js';
import { describeProblems } from '../shared/problem-messages.js';
import { solutionOpenedMessage } from './solution-opened-message.js';
import { ONLINE_CLOSED, type OnlineHandInContent, type OnlineHandInStep, onlineFailureMessage, receiptMessage } from './online-hand-in.js';
import { SaveWhileTyping } from '../shared/save-while-typing.js';
import { consumeStore } from '../shared/store-consumer.js';
import './instructions-view.js';
import './online-hand-in.js';
import '../class/comparison-report.js';
import { studentStyles } from './student-styles.js';

const NAME_ID = 'cr-student-name';

/** The language the hand-in's tags are written in: the reader's. */
function locale(): 'de' | 'en' {
  return currentLocale() === 'en' ? 'en' : 'de';
}

/** What the consent panel says of a built hand-in. */
function contentOf(built: HandedIn): OnlineHandInContent {
  return { fileName: built.file.fileName, annotations: built.annotations, student: built.record.student! };
}

/** See the module comment. */
export class CrAssignmentStudent extends LitElement {
  static override properties = {
    record: { attribute: false },
    current: { state: true },
    typedName: { state: true },
    problem: { state: true },
    handedInFile: { state: true },
    readerReady: { state: true },
    solution: { state: true },
    online: { state: true },
  };

  /** The record as the page was opened with. */
  declare record: AssignmentRecord | undefined;
  /** The record as last stored from this page (the name, the last hand-in). */
  declare current: AssignmentRecord | undefined;
  /** The name as typed on this visit, saved once typing pauses. */
  declare typedName: string | undefined;
  /** Why the last hand-in did not happen, in the reader's language. */
  declare problem: string;
  /** The file name of the hand-in made on this visit. */
  declare handedInFile: string | undefined;
  /** Whether the reader page's module has loaded (it loads with this page). */
  declare readerReady: boolean;
  /** Where handing in to the teacher's box stands (the consent panel, a failure). */
  declare online: OnlineHandInStep;
  /** The solution (the teacher's model answer) with the article and the student's work, once the solution file was opened here. */
  declare solution: { readonly model: readonly Annotation[]; readonly work: readonly Annotation[]; readonly blocks: readonly ArticleBlock[] } | undefined;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly library = new ContextConsumer(this, { context: libraryStoreContext, subscribe: true });
  private readonly categories = consumeStore(this, categoryStoreContext);
  private readonly settings = consumeStore(this, settingsContext);
  // Every change of the work re-renders "changed since the hand-in".
  private readonly annotations = consumeStore(this, annotationStoreContext, () => {
    this.requestUpdate();
    void this.loadSolution();
    void this.rebuildAsked();
  });
  /** The hand-in file the consent panel (or the failure after it) shows: what "Send" posts, byte for byte. */
  private asked: HandedIn | undefined;
  /** Counts the rebuilds of the asked file: only the latest may replace it. */
  private askedRequest = 0;
  private solutionRequest = 0;
  private readonly saver = new SaveWhileTyping<'name'>(this, (_field, name) => void this.saveName(name));
  private readonly announcer = new Announcer(this);
  /** The saves of the name, one after the other. */
  private saving: Promise<void> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.problem = '';
    this.online = ONLINE_CLOSED;
    this.readerReady = customElements.get('cr-reader-view') !== undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The reader (ProseMirror, the highlights) loads with the first page that shows an article.
    if (!this.readerReady) void import('../reader/reader-view.js').then(() => (this.readerReady = true));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record') && this.record && this.record.assignment.id !== this.current?.assignment.id) {
      this.current = this.record;
      this.typedName = undefined;
      this.handedInFile = undefined;
      this.problem = '';
      this.online = ONLINE_CLOSED;
      this.solution = undefined;
      void this.loadSolution();
    }
  }

  /** Reads the solution kept for this assignment (none until its file is opened) and the work to compare with it. */
  private async loadSolution(): Promise<void> {
    const [store, library, record] = [this.annotations.value, this.library.value, this.current];
    if (!store || !library || !record) return;
    const request = ++this.solutionRequest;
    const { document: article, id } = record.assignment;
    try {
      const model = await store.load(article.id, modelSetId(id));
      if (model.length === 0) {
        if (request === this.solutionRequest) this.solution = undefined;
        return;
      }
      // The blocks are read once: the same blocks keep the comparison's article view as it is (and its scroll).
      const known = this.solution?.blocks;
      const [work, blocks] = await Promise.all([store.load(article.id, studentSetId(id)), known ?? library.loadBody(article.id).then((body) => body.blocks)]);
      if (request === this.solutionRequest) this.solution = { model, work, blocks };
    } catch (error) {
      if (request === this.solutionRequest) this.problem = describeFailure(error);
    }
  }

  /** Opens a solution file chosen here; refused (nothing written) when it is another assignment's. */
  private async openSolutionFile(): Promise<void> {
    const [file] = await pickFiles({ accept: '.jsonld,.json,application/ld+json,application/json' });
    const [classroom, annotations, categories, library, record] = [this.classroom.value, this.annotations.value, this.categories.value, this.library.value, this.current];
    if (!file || !classroom || !annotations || !categories || !library || !record) return;
    try {
      const { openSolution } = await import('../../app/assignments/solution-file.js');
      const input = { text: await file.text(), name: file.name, size: file.size };
      const result = await openSolution(input, { classroom, articles: library, annotations, categories }, record.assignment.id);
      if (!result.ok) {
        this.problem = describeProblems(result.problems).join(' ');
        return;
      }
      this.problem = '';
      this.announcer.announce(solutionOpenedMessage(result.value));
      await this.loadSolution();
    } catch (error) {
      this.problem = describeFailure(error);
    }
  }

  /** The name the hand-in will carry: as typed, as stored, or the app's name field's. */
  private get name(): string {
    return this.typedName ?? this.current?.student ?? this.settings.value?.settings.creatorName ?? '';
  }

  private typed(name: string): void {
    this.typedName = name;
    if (name.trim()) this.problem = '';
    this.saver.typed('name', name);
    void this.rebuildAsked();
  }

  /**
   * The name or the work changed while the panel asks (or says sending failed): the file it shows
   * is built again from them, so that "Send" never posts what the student was not shown. With no
   * usable name, the panel closes (the next "Hand in" says why). Focus stays where the student is.
   */
  private async rebuildAsked(): Promise<void> {
    const asking = (): boolean => this.online.kind === 'failed' || (this.online.kind === 'consent' && !this.online.sending);
    const [classroom, annotations, categories, library, record] = [this.classroom.value, this.annotations.value, this.categories.value, this.library.value, this.current];
    if (!asking() || !classroom || !annotations || !categories || !library || !record) return;
    const request = ++this.askedRequest;
    try {
      const built = await buildHandIn({ ...record, student: this.name.trim() }, { classroom, annotations, categories, library }, new Date(), locale());
      const step = this.online;
      if (request !== this.askedRequest || !asking() || step.kind === 'closed') return;
      if (!built.ok) {
        this.asked = undefined;
        this.online = ONLINE_CLOSED;
        return;
      }
      this.asked = built.value;
      this.online = { ...step, content: contentOf(built.value) };
    } catch (error) {
      this.problem = describeFailure(error);
    }
  }

  private saveName(name: string): Promise<void> {
    this.saving = this.saving.then(async () => {
      const [classroom, record] = [this.classroom.value, this.current];
      if (!classroom || !record || (record.student ?? '') === name.trim()) return;
      try {
        this.current = await saveStudentName(record, name, classroom);
      } catch (error) {
        this.problem = describeFailure(error);
      }
    });
    return this.saving;
  }

  /**
   * The record to hand in (with the name) and the stores, once the name is there and saved; else
   * undefined, having asked for the name (focusing its field and saying why).
   */
  private async readyToHandIn(): Promise<[AssignmentRecord, HandInServices] | undefined> {
    const name = this.name.trim();
    if (!name) {
      this.problem = msg('Enter a name or pseudonym first: your teacher sees it on your hand-in.');
      this.announcer.announce(this.problem);
      this.querySelector<HTMLInputElement>(`#${NAME_ID}`)?.focus();
      return undefined;
    }
    this.saver.take('name');
    await this.saveName(name);
    const [classroom, annotations, categories, library, record] = [this.classroom.value, this.annotations.value, this.categories.value, this.library.value, this.current];
    if (!classroom || !annotations || !categories || !library || !record) return undefined;
    return [{ ...record, student: name }, { classroom, annotations, categories, library }];
  }

  /**
   * Hands the work in: with a hand-in box (and not `download`), shows what would be sent where and
   * waits for the student's choice; else downloads the file and says when.
   */
  private async handIn(download = false): Promise<void> {
    const ready = await this.readyToHandIn();
    if (!ready) return;
    const [record, services] = ready;
    const ask = !download && record.assignment.handInBox !== undefined;
    this.online = ONLINE_CLOSED;
    this.asked = undefined;
    ++this.askedRequest;
    try {
      // Asking builds the very file that sending would send, and keeps nothing.
      const result = ask ? await buildHandIn(record, services, new Date(), locale()) : await handIn(record, services, new Date(), locale());
      if (!result.ok) {
        this.problem = describeProblems(result.problems).join(' ');
        this.querySelector<HTMLInputElement>(`#${NAME_ID}`)?.focus();
        return;
      }
      this.problem = '';
      const { file, record: saved } = result.value;
      if (ask) {
        this.asked = result.value;
        this.online = { kind: 'consent', content: contentOf(result.value), sending: false };
        return;
      }
      downloadFile(file);
      this.current = saved;
      this.handedInFile = file.fileName;
      this.announcer.announce(msg(str`Handed in at ${formatDateTime(saved.handedIn!)}: ${file.fileName}`));
    } catch (error) {
      this.problem = describeFailure(error);
    }
  }

  /**
   * Sends the hand-in file the panel showed to the teacher's box, once the student agreed; on
   * failure, offers the download (focused) instead. "Sending" is set before anything is awaited, so
   * that a second click sends nothing more.
   */
  private async sendOnline(): Promise<void> {
    const [step, built, classroom] = [this.online, this.asked, this.classroom.value];
    if (step.kind === 'closed' || (step.kind === 'consent' && step.sending) || !built || !classroom) return;
    this.online = { kind: 'consent', content: step.content, sending: true };
    const box = built.record.assignment.handInBox ?? '';
    this.announcer.announce(msg('Sending to the teacher’s box…'));
    try {
      // The name is saved first (as shown), so that no save of it lands after the receipt's.
      this.saver.take('name');
      await this.saveName(built.record.student!);
      const result = await sendBuiltHandIn(built, { classroom });
      if (result.ok) {
        const { record: saved, receipt, file } = result.value;
        this.current = saved;
        this.handedInFile = file.fileName;
        this.asked = undefined;
        this.online = ONLINE_CLOSED;
        this.announcer.announce(receiptMessage(receipt));
        return;
      }
      const code = ldpCode(result) ?? '';
      if (!code.startsWith('ldp-')) {
        this.online = ONLINE_CLOSED;
        this.problem = describeProblems(result.problems).join(' ');
        return;
      }
      const status = result.problems[0]?.params.status;
      this.online = { kind: 'failed', content: step.content, code, ...(typeof status === 'number' ? { status } : {}) };
      this.announcer.announce(onlineFailureMessage(box, code, typeof status === 'number' ? status : undefined));
    } catch (error) {
      this.online = ONLINE_CLOSED;
      this.problem = describeFailure(error);
    }
  }

  protected override render() {
    const record = this.current;
    if (!record) return nothing;
    const { assignment } = record;
    return html`
      ${studentStyles}
      <div class="cr-student-head">
        <h1>${assignment.title}</h1>
        ${assignment.due ? html`<p class="cr-student-due">${msg('Due:')} <time datetime=${assignment.due}>${formatIsoDate(assignment.due)}</time></p>` : nothing}
        ${assignment.instructions
          ? html`<details class="cr-student-instructions" open>
              <summary>${msg('Instructions', { id: 'student-instructions' })}</summary>
              <cr-instructions .source=${assignment.instructions} level="2"></cr-instructions>
            </details>`
          : nothing}
        <div class="cr-student-work">
          <div class="cr-student-name">
            <label for=${NAME_ID}>${msg('Your name or pseudonym')}</label>
            <input
              id=${NAME_ID}
              type="text"
              autocomplete="nickname"
              maxlength="200"
              aria-describedby="cr-student-name-hint cr-student-problem"
              aria-invalid=${this.problem ? 'true' : 'false'}
              .value=${this.name}
              @input=${(event: Event) => this.typed((event.target as HTMLInputElement).value)}
              @change=${() => this.saver.flush('name')}
            />
            <p class="cr-student-hint" id="cr-student-name-hint">${msg('It need not be your real name: your teacher sees it on your hand-in.')}</p>
          </div>
          <div class="cr-student-hand-in">
            <button type="button" class="cr-button" @click=${() => void this.handIn()}>${msg('Hand in')}</button>
            <p class="cr-student-progress">${this.progress(record)}</p>
          </div>
        </div>
        ${assignment.handInBox || record.sentOnline
          ? html`<cr-online-hand-in
              .box=${assignment.handInBox ?? ''}
              .step=${this.online}
              .receipt=${record.sentOnline}
              @cr-hand-in-send=${() => void this.sendOnline()}
              @cr-hand-in-download=${() => void this.handIn(true)}
            ></cr-online-hand-in>`
          : nothing}
        <p class="cr-student-solution-open">
          <button type="button" class="cr-button" @click=${() => void this.openSolutionFile()}>${msg('Open the solution file…')}</button>
          <span class="cr-student-hint">${msg('Once your teacher hands out the solution, open it to see your work against it.')}</span>
        </p>
        ${assignment.rules.studentsMayAddCategories
          ? html`<p class="cr-student-own-categories">${msg('You may add categories of your own to the scheme:')} <a href="#/schemes">${msg('Category schemes')}</a></p>`
          : nothing}
        <p class="cr-student-problem" id="cr-student-problem" role="alert">${this.problem}</p>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
      </div>
      ${this.renderSolution()}
      ${this.readerReady
        ? html`<cr-reader-view
            .documentId=${assignment.document.id}
            .setId=${studentSetId(assignment.id)}
            .assignedSchemeId=${record.schemeId}
            .hideDefinitions=${assignment.rules.hideDefinitions}
          ></cr-reader-view>`
        : html`<p class="cr-reader-status" role="status">${msg('Loading the article…')}</p>`}
    `;
  }

  /** "Your work against the solution", once the solution file was opened here. */
  private renderSolution() {
    const solution = this.solution;
    const categories = this.categories.value;
    if (!solution || !categories || !this.current) return nothing;
    return html`<section class="cr-student-solution" aria-labelledby="cr-student-solution-heading">
      <h2 id="cr-student-solution-heading">${msg('Your work against the solution')}</h2>
      <cr-comparison-report
        .blocks=${solution.blocks}
        .categories=${categories.inScheme(this.current.schemeId)}
        .model=${solution.model}
        .work=${solution.work}
        .whose=${msg('Your work')}
      ></cr-comparison-report>
    </section>`;
  }

  /** Where the work stands: not started, in progress, or handed in at … (and changed since). */
  private progress(record: AssignmentRecord): string {
    const work = this.annotations.value?.annotations(record.assignment.document.id, studentSetId(record.assignment.id)) ?? [];
    const progress = assignmentProgress(record, work.length, lastChange(work));
    switch (progress.kind) {
      case 'not-started':
        return msg('Not started');
      case 'in-progress':
        return msg('In progress, not handed in yet');
      case 'handed-in': {
        const at = formatDateTime(progress.at);
        const file = this.handedInFile ? ` (${this.handedInFile})` : '';
        return progress.changedSince ? msg(str`Handed in at ${at}${file}; changed since`) : msg(str`Handed in at ${at}${file}`);
      }
    }
  }
}

customElements.define('cr-assignment-student', CrAssignmentStudent);

declare global {
  interface HTMLElementTagNameMap {
    'cr-assignment-student': CrAssignmentStudent;
  }
}
