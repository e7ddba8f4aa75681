// Validates a Teams app manifest against the official JSON schema bundled in npm @microsoft/app-manifest,
// offline, the way that package validates draft-04 schemas (ajv-draft-04 with uri/email/regex formats).
// Usage: NODE_PATH=.tools/node_modules node tools/validate-teams-manifest.js <manifest.json> <schema.json>
// Prints "valid" and exits 0, or prints each error and exits 1.
"use strict";
const fs = require("fs");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const [manifestPath, schemaPath] = process.argv.slice(2);
if (!manifestPath || !schemaPath) {
  console.error("usage: node validate-teams-manifest.js <manifest.json> <schema.json>");
  process.exit(2);
}

// The published schema has a "\a" escape that JavaScript regexes reject; @microsoft/app-manifest swaps it the same way.
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const ajv = new Ajv({ allErrors: true, strictTypes: false });
addFormats(ajv, ["uri", "email", "regex"]);
const validate = ajv.compile(schema);
if (validate(manifest)) {
  console.log("valid");
  process.exit(0);
}

for (const error of validate.errors) {
  console.log(`${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`);
}
process.exit(1);
