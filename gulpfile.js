'use strict';

// The SPFx gulp toolchain (1.23.2) builds the SharePoint web part and packages the .sppkg.
const build = require('@microsoft/sp-build-web');
const {
  DEFAULT_PACKAGE_SOLUTION_CONFIG,
} = require('@microsoft/spfx-heft-plugins/lib/plugins/packageSolutionPlugin/PackageSolutionConfigLoader');

// ESLint runs once, in `npm run lint`, with the project's flat config; SPFx's own lint task would
// lint the same files a second time with a different (legacy) configuration.
build.lintCmd.enabled = false;

// package-solution copies every file of `teams/` into the .sppkg (SPFx's Teams icons convention), but
// our `teams/` holds the Teams tab's own app package, which has no place in the SharePoint solution.
// config/package-solution.json's schema does not accept `paths.teamsDir`, so the default is pointed at
// a folder that does not exist; tests/e2e/sppkg.test.ts fails if an SPFx upgrade undoes this.
if (!DEFAULT_PACKAGE_SOLUTION_CONFIG || !DEFAULT_PACKAGE_SOLUTION_CONFIG.paths) {
  throw new Error(
    'SPFx package-solution defaults moved: update gulpfile.js to keep teams/ out of the .sppkg',
  );
}
DEFAULT_PACKAGE_SOLUTION_CONFIG.paths.teamsDir = 'sharepoint/no-teams-assets';

build.initialize(require('gulp'));
