package org.papergraph.recognize;

import java.util.Set;

/** What a name of a method, model or dataset looks like: mixed case, capitals with digits, acronyms. */
final class NameShapes {
    /** Capitalised words that are acronyms or mixed case but name nothing a graph should hold. */
    private static final Set<String> NOT_NAMES = Set.of(
        "AI", "ML", "DL", "US", "UK", "EU", "OK", "II", "III", "IV", "PhD", "vs", "etc", "e.g", "i.e", "TM",
        "URL", "API", "APIs", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "GB", "MB", "KB", "TB", "ID", "IDs", "PDF",
        "SOTA", "SoTA", "HTML", "JSON", "XML", "README", "GUI", "GUIs", "LM", "LMs", "KV", "CLS", "dB", "DB", "FAQ",
        // languages, organisations and everyday acronyms of other fields: named, but not artefacts of ML
        "EN", "DE", "FR", "ES", "IT", "ZH", "JA", "KO", "RU", "AR", "PT", "NL", "CS", "STEM", "DNA", "RNA", "COVID-19",
        "OpenAI", "DeepMind", "GitHub", "HuggingFace", "IARPA", "DARPA", "NASA", "ESA", "CMU", "MIT", "NIH", "NSF", "IEEE", "ACM",
        "IBM", "NVIDIA", "AMD", "AWS", "UCLA", "EPFL", "KAIST", "UCSD", "UIUC");

    /** Compiled once: isNameLike runs for most tokens, and String.split compiles a pattern of more than one character each call. */
    private static final java.util.regex.Pattern HYPHENS = java.util.regex.Pattern.compile("-+");

    private NameShapes() {}

    /**
     * Title-case compounds of plain words ("Multi-Dialect", "Multi-Head", "Sinkhorn-Knopp") and
     * compounds with an adjective part ("AI-generated", "GUI-intensive") are words, not names.
     */
    private static boolean isTitleCaseCompound(String token) {
        if (token.indexOf('-') < 0) return false;
        boolean adjectivePart = false, allPlain = true;
        for (String part : HYPHENS.split(token)) {
            if (part.isEmpty()) continue;
            boolean plain = part.chars().skip(1).allMatch(Character::isLowerCase) && part.chars().noneMatch(Character::isDigit);
            allPlain &= plain;
            adjectivePart |= part.length() > 3 && part.chars().allMatch(Character::isLowerCase)
                && (part.endsWith("ed") || part.endsWith("ive") || part.endsWith("ing") || part.endsWith("al") || part.endsWith("ful"));
        }
        return allPlain || adjectivePart;
    }

    /** Whether a token looks like a proper name of an artefact: "SegFace", "GPT-2", "RawNet2", "QLoRA", "COCO". */
    static boolean isNameLike(String token) {
        if (token.length() < 2 || token.length() > 40 || NOT_NAMES.contains(token)) return false;
        if (!Character.isLetter(token.charAt(0))) return false;
        int upper = 0, lower = 0, digit = 0;
        boolean upperInside = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) { upper++; if (i > 0) upperInside = true; }
            else if (Character.isLowerCase(c)) lower++;
            else if (Character.isDigit(c)) digit++;
            else if (c != '-' && c != '.' && c != '+' && c != '_') return false;
        }
        if (token.endsWith("-") || token.endsWith(".") || isTitleCaseCompound(token)) return false;
        if (upper == 0) return false;
        if (upperInside) return true;                        // SegFace, QLoRA, COCO, GPT
        return digit > 0 && Character.isUpperCase(token.charAt(0)) && lower + upper > 1;  // Llama2, Transformer-XL handled above
    }
}
