


package retryablehttp

import (
	"errors"
	"net/http"
	"net/url"
	"sync"
)












































