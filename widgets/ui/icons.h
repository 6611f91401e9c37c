#pragma once

#include <QIcon>

namespace OrgMap {

// A toolbar/menu icon from the bundled line icons (":/icons/<name>.svg"),
// drawn in the palette's text colour so that it reads on light and dark
// themes, with a faded variant for disabled actions.
QIcon themedIcon(const QString &name);

} // namespace OrgMap
