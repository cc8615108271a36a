# Run by the e2e.* CTest tests when node or tests/e2e/node_modules was missing at configure time.
message(FATAL_ERROR
  "${TEST_NAME} cannot run: ${REASON}.\n"
  "Install the end-to-end test dependencies with `scripts/setup-deps.sh --with-e2e` "
  "(or `npm ci` in tests/e2e, with Node.js >= 18), then re-run the CMake configure step "
  "(cmake --preset <preset>) so that the tests are registered with node.")
