import modelJson from "./model/checkworthiness.json";
import { compileModel } from "./compile-model";
import type { CheckworthinessModel, CheckworthinessModelFile } from "./model-types";

/** The shipped model as stored (a static import, so every bundler ships it; no file paths, no network). */
export const MODEL_FILE = modelJson as CheckworthinessModelFile;

let compiled: CheckworthinessModel | null = null;

/** The shipped model, compiled on first use (a few milliseconds) and kept. */
export function loadModel(): CheckworthinessModel {
  compiled ??= compileModel(MODEL_FILE);
  return compiled;
}
