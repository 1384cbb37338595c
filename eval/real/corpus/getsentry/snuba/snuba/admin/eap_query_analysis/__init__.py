from snuba.admin.eap_query_analysis.analysis import (
    EapQueryAnalysisRequest,
    EapQueryAnalysisResult,
    analyze_eap_queries,
    result_to_dict,
)







