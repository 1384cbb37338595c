





package retryablehttp

import "crypto/x509"





