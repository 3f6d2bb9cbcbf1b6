#pragma once

class Workspace;

// Opens every section of a workspace and every tab inside each, as a person clicking through the whole
// desk would, so `techmates bench` can weigh the desk with every view loaded (DESIGN.md §5: ≤ 250 MB).
class ViewTour {
public:
    // Returns how many views (sections and tabs) were shown.
    static int openEveryView(Workspace &workspace);
};
