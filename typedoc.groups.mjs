// A TypeDoc plugin: the API reference is grouped by pipeline step. Each export joins the group of
// the src/ folder that declares it, since the folders are the steps (docs/layout.md); typedoc.json's
// groupOrder puts the groups in the pipeline's order.
import { Comment, CommentTag, Converter } from 'typedoc';

const STEPS = {
  extract: 'Extract',
  figures: 'Figures',
  vocabulary: 'Vocabulary',
  claims: 'Claims',
  groups: 'Groups',
  scores: 'Scores',
  checks: 'Checks',
  estimate: 'Estimate',
  analyze: 'Analyze',
  reports: 'Reports',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.children ?? []) {
      const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName ?? '';
      const step = STEPS[/\/src\/([^/]+)\//.exec(file)?.[1] ?? ''];
      if (step === undefined) {
        app.logger.error(`typedoc.groups.mjs: ${reflection.name} is declared in ${file}, in no step of the pipeline`);
        continue;
      }
      reflection.comment ??= new Comment();
      reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: step }]));
    }
  });
}
