namespace HarmLedger.Gazetteer;

/// <summary>The base ASCII letter of each accented Latin letter, since normalisation (FormD) is unavailable with invariant globalization.</summary>
/// <remarks>Generated from Unicode decompositions (Python unicodedata, NFD, first character); '.' marks a letter with no ASCII base.</remarks>
internal static class LatinBaseLetters
{
    /// <summary>Base letters for U+00C0 to U+024F (Latin-1 Supplement letters, Latin Extended-A and -B).</summary>
    public const string Extended = ""
        + "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.y"
        + "aaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll."
        + "...nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz."
        + "................................oo.............uu..............."
        + ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
        + "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"
        + "................";

    /// <summary>Base letters for U+1E00 to U+1EFF (Latin Extended Additional: ḥ, ṣ, ṭ, ẓ…).</summary>
    public const string Additional = ""
        + "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>The base letter of <paramref name="c"/>, or <c>'\0'</c> when it has none in these blocks.</summary>
    public static char Of(char c)
    {
        var table = c switch
        {
            >= '\u00C0' and <= '\u024F' => Extended[c - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => Additional[c - '\u1E00'],
            _ => '.',
        };
        return table == '.' ? '\0' : table;
    }
}
