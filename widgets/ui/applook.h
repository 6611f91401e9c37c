#pragma once

class QApplication;

namespace OrgMap {

// The look of the application: the Fusion style (the same everywhere, light
// or dark from the palette), a type size of at least 10 pt and OrgMap's style
// sheet. The app sets it at start; GUI tests that measure what a user reads
// set it too, so that they measure the same text.
void applyAppLook(QApplication &app);

} // namespace OrgMap
