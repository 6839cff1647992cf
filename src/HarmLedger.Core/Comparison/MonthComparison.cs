using HarmLedger.Model;

namespace HarmLedger.Comparison;

/// <summary>Monitor and official figures for one calendar month (by the incident's start date).</summary>
public sealed record MonthComparison(string Month, int Incidents, int Assessed, Figures Monitor, Figures Official);
