/**
 * Assignments (issue 15): what a teacher hands out and what a student hands in, as files a class
 * passes around (docs/assignment-files.md). The assignment itself is in assignment.ts, the hand-out
 * file in hand-out.ts, the hand-in file in hand-in.ts, the solution file in solution.ts, what both share in assignment-file.ts, their
 * names in file-names.ts; this is the list of what the rest of the app may use.
 */
export {
  type Assignment,
  type AssignmentCode,
  type AssignmentDocument,
  type AssignmentDraft,
  assignmentIdOf,
  assignmentIri,
  assignmentProblems,
  type AssignmentRules,
  DEFAULT_RULES,
  handInBoxProblem,
  isDay,
  isHandInBoxUrl,
  markupProblem,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_TITLE_LENGTH,
  newAssignment,
} from './assignment.js';
export { type AssignmentFileCode, MAX_ASSIGNMENT_FILE_BYTES } from './assignment-file.js';
export { ASSIGNMENT_FILE_EXTENSION, handInFileName, handOutFileName, MAX_FILE_BASE, solutionFileName } from './file-names.js';
export { type HandIn, type HandInDraft, type HandInFile, parseHandIn, toHandIn, unknownAssignmentProblem } from './hand-in.js';
export { parseSolution, type Solution, type SolutionCode, type SolutionDraft, type SolutionFile, solutionProblem, toSolution } from './solution.js';
export { bundledArticleProblem, type HandOut, type HandOutDocument, type HandOutFile, parseHandOut, toHandOut } from './hand-out.js';
