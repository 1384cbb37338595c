// The Java package → Maven artifact table lives in imports/ (classification needs it; imports never import matching).
// catalogIndex.ts still imports it from here; point it at ../imports/mavenArtifacts and delete this file.
export { isKnownMavenArtifact, javaPackageSegments, mavenArtifactOf } from '../imports/mavenArtifacts';
