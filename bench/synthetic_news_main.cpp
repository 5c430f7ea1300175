// Writes a synthetic news corpus for bench/scale.sh:
//   synthetic_news N DIR [PER_FOLDER]
// N articles in DIR/batch-00000, DIR/batch-00001, ... of PER_FOLDER
// (default 1,000) articles each; prints the bytes of article text written.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "syntheticnews.h"

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: synthetic_news N DIR [PER_FOLDER]\n";
        return 2;
    }
    const std::size_t total = std::strtoull(argv[1], nullptr, 10);
    const std::filesystem::path dir = argv[2];
    const std::size_t perFolder = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1000;
    if (total == 0 || perFolder == 0) {
        std::cerr << "synthetic_news: N and PER_FOLDER must be positive\n";
        return 2;
    }
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < total; ++i) {
        char folder[32];
        std::snprintf(folder, sizeof folder, "batch-%05zu", i / perFolder);
        const auto article = claimdesk::bench::syntheticNews(i, total);
        std::filesystem::create_directories(dir / folder);
        std::ofstream(dir / folder / article.fileName, std::ios::binary) << article.text;
        bytes += article.text.size();
    }
    std::cout << bytes << "\n";
    return 0;
}
