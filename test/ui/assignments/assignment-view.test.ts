/**
 * <cr-assignment-view> (`#/assignment/<id>`): the page of the reader's part in an assignment, read
 * from the classroom's storage: the teacher's page or the student's, and a plain message for an
 * assignment this browser does not have.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { MemoryAssignmentPersistence } from '../../../src/app/assignments/memory-assignment-persistence.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { classroomContext } from '../../../src/ui/shared/contexts.js';
import '../../../src/ui/assignments/assignment-view.js';
import { makeAssignment } from '../../support/assignments.js';

class ClassroomHost extends LitElement {
  static override properties = { classroom: { attribute: false }, assignmentId: { attribute: false } };
  declare classroom: Classroom;
  declare assignmentId: string;
  private readonly provider = new ContextProvider(this, { context: classroomContext });

  protected override willUpdate(): void {
    this.provider.setValue(this.classroom);
  }

  protected override render() {
    return html`<cr-assignment-view .assignmentId=${this.assignmentId}></cr-assignment-view>`;
  }
}
customElements.define('test-classroom-host', ClassroomHost);

describe('the assignment page', () => {
  const teacher = makeAssignment({ id: '00000000-0000-4000-8000-00000000000a' });
  const student = makeAssignment({ id: '00000000-0000-4000-8000-00000000000b' });

  async function shown(assignmentId: string): Promise<ClassroomHost> {
    const assignments = new MemoryAssignmentPersistence();
    await assignments.putAssignment({ assignment: teacher, role: 'teacher', schemeId: 'default' });
    await assignments.putAssignment({ assignment: student, role: 'student', schemeId: 'default', student: 'Kim' });
    const classroom: Classroom = { assignments, sets: new MemoryAnnotationPersistence() };
    const host = await fixture<ClassroomHost>(html`<test-classroom-host .classroom=${classroom} .assignmentId=${assignmentId}></test-classroom-host>`);
    // The page has loaded when it shows its part or says the assignment is missing (the parts have status regions of their own).
    // The part's module loads on demand: the first time, the test server compiles its imports (seconds on a busy machine).
    const view = (): Element | null | undefined => host.shadowRoot!.querySelector('cr-assignment-view');
    await waitUntil(() => view()?.querySelector(':scope > :is(cr-assignment-teacher, cr-assignment-student, h1)'), 'the page loaded', { timeout: 8000 });
    return host;
  }

  it('shows the teacher’s page for an assignment made here and the student’s for one whose hand-out was opened here', async () => {
    const parts = async (id: string): Promise<string[]> =>
      [...(await shown(id)).shadowRoot!.querySelector('cr-assignment-view')!.children].map((element) => element.localName);
    expect(await parts(teacher.id)).to.deep.equal(['cr-assignment-teacher']);
    expect(await parts(student.id)).to.deep.equal(['cr-assignment-student']);
  });

  it('says so when this browser has no such assignment, with the way back to the library', async () => {
    const view = (await shown('00000000-0000-4000-8000-0000000000ff')).shadowRoot!.querySelector('cr-assignment-view')!;
    expect(view.querySelector('h1')!.textContent).to.equal('Assignment not found');
    expect(view.querySelector('a')!.getAttribute('href')).to.equal('#/');
  });
});
