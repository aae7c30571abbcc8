/** Loads the directory from the package's own data files (bundled as JSON modules: works in Node and in the browser). */
import countryFacts from "../data/country-facts.json" with { type: "json" };
import directoryFile from "../data/directory.json" with { type: "json" };
import placesFile from "../data/places.json" with { type: "json" };
import { createDirectory } from "./directory.js";
import { type DataFiles, parseData } from "./parse-data.js";
import type { Directory } from "./types.js";

let cached: Directory | undefined;

/** The directory of this package's data files, validated at first load (a bad file throws naming the entry). */
export function loadDirectory(): Directory {
  cached ??= buildDirectory({ directory: directoryFile, facts: countryFacts, places: placesFile });
  return cached;
}

/** Builds a directory from data files given as parsed JSON (for tests and for an admin's edited copy). */
export function buildDirectory(files: DataFiles): Directory {
  return createDirectory(parseData(files));
}

/** The data files as shipped, for tools that check or edit them. */
export function shippedDataFiles(): DataFiles {
  return { directory: directoryFile, facts: countryFacts, places: placesFile };
}
