using HarmLedger.Gazetteer;

namespace HarmLedger.Extraction;

/// <summary>One document being read: its tokens, sentences and dates; lives for one <c>Extract</c> call.</summary>
internal sealed class DocumentContext
{
    private readonly IPlaceResolver _places;
    private IReadOnlyList<PlaceMention>? _placeMentions;
    private sbyte[]? _lexiconPlaces;
    private bool _countryKnown;
    private string? _country;

    /// <summary>Tokenizes and splits the text, and finds every sentence's dates.</summary>
    public DocumentContext(string text, DateOnly? published, IPlaceResolver places, Vocabulary vocabulary)
    {
        Text = text;
        Published = published;
        _places = places;
        Vocabulary = vocabulary;
        Tokens = Tokenizer.Tokenize(text, Tokenizer.Rent(text.Length));
        vocabulary.Classify(text, Tokens);
        Sentences = SentenceSplitter.Split(text, Tokens);
        Dates = new List<DateMention>[Sentences.Count];
        var year = published?.Year ?? DateFinder.FirstYear(text, Tokens);
        foreach (var s in Sentences)
        {
            // Only sentences with a number or a capitalised word can hold an absolute date; only some words make a relative one.
            var found = new List<DateMention>(0);
            var absolute = false;
            var relative = false;
            for (var k = s.First; k < s.End; k++)
            {
                var t = Tokens[k];
                absolute |= t.Kind == TokenKind.Number;
                // (Once one cue is found the rest need no look-up.)
                relative = relative || (published is not null && t.Kind == TokenKind.Word && RelativeDates.IsCue(t.Of(text)));
            }

            if (absolute)
            {
                DateFinder.Find(text, Tokens, s, ref year, found, published);
            }

            if (relative)
            {
                RelativeDates.Find(text, Tokens, s, published, found);
                found.Sort((a, b) => a.Token.CompareTo(b.Token));
            }

            Dates[s.Index] = found;
        }
    }

    public string Text { get; }

    public Vocabulary Vocabulary { get; }

    public DateOnly? Published { get; }

    public List<Token> Tokens { get; }

    /// <summary>Hands the token list back for the thread's next document; the context is not used afterwards.</summary>
    public void Release() => Tokenizer.Return(Tokens);

    public List<Sentence> Sentences { get; }

    public List<DateMention>[] Dates { get; }

    /// <summary>The gazetteer's mentions, found on first use only.</summary>
    public IReadOnlyList<PlaceMention> Places => _placeMentions ??= _places.FindPlaces(Text);

    /// <summary>Whether place mention <paramref name="index"/> is a lexicon word (<see cref="PlaceChooser.IsLexiconWord"/>), worked out once per mention.</summary>
    /// <remarks>Every claim's place search asks it of the text's places; a text with many claims would ask again and again.</remarks>
    public bool IsLexiconPlace(int index)
    {
        // 0: not yet known; 1: a lexicon word; 2: not one.
        var known = _lexiconPlaces ??= new sbyte[Places.Count];
        if (known[index] == 0)
        {
            known[index] = PlaceChooser.IsLexiconWord(this, Places[index]) ? (sbyte)1 : (sbyte)2;
        }

        return known[index] == 1;
    }

    /// <summary>The country the text is about (<see cref="PlaceChooser.TextCountry"/>), worked out on first use only.</summary>
    public string? Country
    {
        get
        {
            if (!_countryKnown)
            {
                _country = PlaceChooser.TextCountry(this);
                _countryKnown = true;
            }

            return _country;
        }
    }

    /// <summary>The character range of a sentence.</summary>
    public (int Start, int End) Chars(int sentence)
    {
        var s = Sentences[sentence];
        return (Tokens[s.First].Start, Tokens[s.End - 1].End);
    }
}
