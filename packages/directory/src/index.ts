export * from "./types.js";
export { loadDirectory, buildDirectory, shippedDataFiles } from "./load.js";
export { DirectoryDataError, type DataFiles } from "./parse-data.js";
export { dialString } from "./dial.js";
export { newestDate, sourceDate } from "./dates.js";
export { fold } from "./text.js";
export { distanceKm } from "./geo.js";
export { KEMLU_HOTLINE_ID } from "./normalise.js";
