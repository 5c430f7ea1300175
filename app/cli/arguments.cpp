#include "arguments.h"

namespace claimdesk::cli {

Arguments::Arguments(const std::vector<std::string>& args, std::set<std::string> valued, std::set<std::string> flags) {
    bool onlyPositional = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (onlyPositional || a.size() < 2 || a[0] != '-') {
            m_positional.push_back(a);
            continue;
        }
        if (a == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = a;
        std::optional<std::string> inlineValue;
        if (auto eq = a.find('='); eq != std::string::npos) {
            name = a.substr(0, eq);
            inlineValue = a.substr(eq + 1);
        }
        if (valued.count(name)) {
            if (inlineValue) {
                m_values[name].push_back(*inlineValue);
            } else if (i + 1 < args.size()) {
                m_values[name].push_back(args[++i]);
            } else {
                m_error = name + " needs a value";
                return;
            }
        } else if (flags.count(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            m_error = "unknown option " + name;
            return;
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& option) const {
    auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Arguments::values(const std::string& option) const {
    auto it = m_values.find(option);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

}  // namespace claimdesk::cli
