// What a panel item points at in the page: a sentence (within a section when known) or a whole section.
export interface JumpTarget {
  sentence?: string;
  section?: number;
}
