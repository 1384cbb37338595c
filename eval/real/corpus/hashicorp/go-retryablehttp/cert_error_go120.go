





package retryablehttp

import "crypto/tls"





