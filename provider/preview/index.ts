// Pull-request previews of Terraform plans and Pulumi previews (issue #9): parse → one model → render.
export { buildPreview, type PlanSource } from './build';
export { renderMarkdown, marker, GITHUB_COMMENT_LIMIT, type MarkdownOptions } from './markdown';
export { renderText } from './text';
export { renderJson } from './json';
export { PlanInputError } from './raw';
export * from './model';
