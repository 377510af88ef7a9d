'use strict';

// The SPFx gulp toolchain (1.23.2) builds the SharePoint web part and packages the .sppkg.
const build = require('@microsoft/sp-build-web');

// ESLint runs once, in `npm run lint`, with the project's flat config; SPFx's own lint task would
// lint the same files a second time with a different (legacy) configuration.
build.lintCmd.enabled = false;

build.initialize(require('gulp'));
